# Images for a deployment with docker-compose.yml (not buildable on the development machines,
# which have no Docker engine). One dependency stage, one target per service.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY graph/package.json graph/
COPY etl/package.json etl/
COPY api/package.json api/
COPY web/package.json web/
COPY cli/package.json cli/
RUN npm ci --no-audit --no-fund

FROM deps AS source
COPY . .

# The API renders case-lead briefs with Debian's Chromium; fonts carry the Kazakh letters.
FROM source AS api
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production ARNA_API_HOST=0.0.0.0 ARNA_API_PORT=4000
USER node
EXPOSE 4000
CMD ["npx", "arna", "serve"]

FROM source AS web
ENV NODE_ENV=production
RUN npm run build -w @arna/web
USER node
EXPOSE 3000
CMD ["npm", "run", "start", "-w", "@arna/web", "--", "-H", "0.0.0.0", "-p", "3000"]
