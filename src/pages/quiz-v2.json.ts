import type { APIRoute } from 'astro';
import { readV2Table } from '~/utils/content';

// The option ids of store version 2 (answers saved by position), fetched by a quiz only when it finds such an answer.
export const GET: APIRoute = () => new Response(JSON.stringify(readV2Table()));
