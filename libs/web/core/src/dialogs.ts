// A separate entry point: the confirmation dialog pulls Material's dialog, overlay and button
// into whatever imports it. Through the main index they landed in the app's initial bundle
// (the index is imported at start); only the editing pages that ask for confirmation need them.
export * from './lib/dialogs/confirm-dialog';
