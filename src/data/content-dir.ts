/** Where stories live: `content/`, or another folder (tests build fixture content this way). */
export const contentDir = process.env['PARALLAX_CONTENT_DIR'] ?? './content';
