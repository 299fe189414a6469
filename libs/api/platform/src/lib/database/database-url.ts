/** The PostgreSQL URL the API uses: DATABASE_URL, or the embedded server's. */
export class DatabaseUrl {
  constructor(readonly url: string) {}
}
