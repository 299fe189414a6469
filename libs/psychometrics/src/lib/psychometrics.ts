export function psychometrics(): string {
  return 'psychometrics';
}
