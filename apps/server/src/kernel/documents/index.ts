export type { CellText, DocBlock, DocOptions } from './document-model.js';
export { renderPdf } from './pdf-renderer.js';
export { renderDocx } from './docx-renderer.js';
export { loadCjkFonts } from './cjk-font-loader.js';
