// The poverty map's routes: an area's per-village figures (and as a file), a village's households as points
// and as the by-name list. Reading is the shared area rule; every answer is a whitelist (no NIK or KK leaves
// unmasked).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../../../http/problem-schema.ts';
import { actorOf, areaRoute } from '../../../http/route-access.ts';
import { exportRoute } from '../../../platform/exports/export-route.ts';
import { exportFigures } from './export.ts';
import {
  figuresExportQuery,
  figuresQuery,
  figuresResponse,
  listQuery,
  listResponse,
  pointsQuery,
  pointsResponse,
  villageParams,
} from './schemas.ts';
import { mapFigures, mapHouseholdList, mapPoints } from './service.ts';

const errors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 404: problemSchema };
const tags = ['assistance map'];

export const povertyMapRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/assistance/map/villages',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary:
          "The poverty map's figures for every village of a region (the caller's area by default): households, the share in desil 1–4, recipients of each program per 100 households, households with incomplete data; each as its two counts",
        querystring: figuresQuery,
        response: { 200: figuresResponse, ...errors },
      },
    },
    (request) => mapFigures(app.db, actorOf(request), request.query.region),
  );

  exportRoute(app, {
    url: '/api/assistance/map/villages/export',
    tags,
    summary:
      "The poverty map's figures of every village of a region as XLSX or CSV: each rate with its counts",
    querystring: figuresExportQuery,
    build: (request) => exportFigures(app.db, actorOf(request), request.query.region, request.query.format),
  });

  app.get(
    '/api/villages/:code/assistance/map/points',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary:
          "A village's pinned households as map points: decile, programs received, incomplete data; by program and decile range",
        params: villageParams,
        querystring: pointsQuery,
        response: { 200: pointsResponse, ...errors },
      },
    },
    (request) => mapPoints(app.db, actorOf(request), request.params.code, request.query),
  );

  app.get(
    '/api/villages/:code/assistance/map/households',
    {
      config: { access: areaRoute('read') },
      schema: {
        tags,
        summary:
          "The by-name list beside the map: a village's households with the head's name, masked NIK and KK, address, decile and programs, poorest first; the points' filters; paged",
        params: villageParams,
        querystring: listQuery,
        response: { 200: listResponse, ...errors },
      },
    },
    (request) => mapHouseholdList(app.db, actorOf(request), request.params.code, request.query),
  );
};
