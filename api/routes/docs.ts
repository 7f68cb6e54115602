/**
 * GET /openapi.json and the interactive reference at /docs, served from swagger-ui-dist's own files
 * (no CDN, so it works offline). Its asset URLs are relative, so it also works behind a path prefix.
 */
import { dirname } from 'node:path';
import express, { Router } from 'express';
import { HttpError } from '../http-error';

const SWAGGER_UI_DIR = dirname(require.resolve('swagger-ui-dist/package.json'));

const INDEX_HTML = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>AI gateway API reference</title>
    <link rel="stylesheet" href="./swagger-ui.css">
    <link rel="icon" type="image/png" href="./favicon-32x32.png" sizes="32x32">
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="./swagger-ui-bundle.js"></script>
    <script src="./init.js"></script>
  </body>
</html>
`;

// A file of its own rather than an inline script, so the Content-Security-Policy can forbid inline scripts.
const INIT_JS = `window.ui = SwaggerUIBundle({
  url: '../openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
});
`;

export function docsRoutes(document: unknown): Router {
  const router = Router();
  const body = JSON.stringify(document);
  router.get('/openapi.json', (_req, res) => {
    res.type('application/json').send(body);
  });
  router.get('/docs', (req, res, next) => {
    // Express matches /docs and /docs/ alike; the relative asset URLs need the trailing slash.
    if (!req.originalUrl.split('?')[0]?.endsWith('/')) return res.redirect(301, `${req.baseUrl}/docs/`);
    next();
  });
  router.get('/docs/', (_req, res) => {
    res.type('html').send(INDEX_HTML);
  });
  // The package's own index.html would load its petstore example.
  router.get('/docs/index.html', (_req, res) => res.redirect(301, './'));
  router.get('/docs/init.js', (_req, res) => {
    res.type('application/javascript').send(INIT_JS);
  });
  router.use('/docs', express.static(SWAGGER_UI_DIR, { index: false, maxAge: '1h', fallthrough: true }));
  // Anything else under /docs is simply absent, key or no key.
  router.use('/docs', (req, _res, next) => next(new HttpError('not_found', `no route for ${req.method} ${req.originalUrl.split('?')[0]}`)));
  return router;
}
