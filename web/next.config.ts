import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

/** The browser sees one origin: GraphQL and brief PDFs are proxied to the API. */
const apiUrl = process.env['ARNA_API_URL'] ?? 'http://127.0.0.1:4000';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `arna start` and the e2e tests build into their own folders under .next (see web/README.md).
  distDir: process.env['ARNA_WEB_DIST_DIR'] ?? '.next',
  async rewrites() {
    return [
      { source: '/graphql', destination: `${apiUrl}/graphql` },
      { source: '/briefs/:path*', destination: `${apiUrl}/briefs/:path*` },
      { source: '/csrf', destination: `${apiUrl}/csrf` },
    ];
  },
};

export default createNextIntlPlugin('./i18n/request.ts')(config);
