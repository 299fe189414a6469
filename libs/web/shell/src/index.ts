export * from './lib/shell.routes';
export * from './lib/layout/shell-layout';
export * from './lib/not-found/not-found-page';
