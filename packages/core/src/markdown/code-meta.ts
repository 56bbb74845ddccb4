/** A fence's `title="app.js"` (or `title='…'`, `title=app.js`): the block's caption. */
export const CODE_TITLE = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))/;
