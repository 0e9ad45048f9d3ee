// The content security policy of the API documentation (Swagger UI at /docs), its own and
// stricter than the web app's: its scripts and styles are its own files, none inline but the one
// <style> of Swagger UI's logo, allowed by its hash; its logo is a data: image; it fetches only
// its OpenAPI document and, with "Try it out", the API beside it. Nothing may frame it, and it
// sends no forms. test/e2e/api-docs.test.ts fails when a new Swagger UI needs more.
const SWAGGER_LOGO_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

export const API_DOCS_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${SWAGGER_LOGO_STYLE}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
