// A customer's tax invoice and credit note, as PDFs.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { authHooks, currentUser } from '../accounts/auth.ts';
import type { Context } from '../context.ts';
import { Id, IdParams, problems } from '../http/schemas.ts';
import { taxDocumentsCsv } from './csv.ts';
import { customerCreditNote, customerDocument, type DocumentKind } from './documents.ts';

const Pdf = {
  description: 'the PDF',
  content: { 'application/pdf': { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) } },
};

export function invoiceRoutes(ctx: Context): FastifyPluginAsyncTypebox {
  const { requireUser } = authHooks(ctx);
  return async (app) => {
    const routes: [string, DocumentKind, string, string][] = [
      ['/api/bookings/:id/invoice', 'invoice', 'getInvoice', 'The tax invoice of a paid booking (PDF); 409 before it is paid'],
      ['/api/bookings/:id/credit-note', 'credit-note', 'getCreditNote', 'The credit note of a refunded booking (PDF); 409 before a refund'],
    ];
    for (const [url, kind, operationId, summary] of routes) {
      app.get(
        url,
        {
          onRequest: requireUser,
          schema: { tags: ['bookings'], operationId, summary, params: IdParams, response: { 200: Pdf, ...problems(401, 404, 409) } },
        },
        async (request, reply) => {
          const file = await customerDocument(ctx.db, currentUser(request).id, request.params.id, kind);
          return reply
            .type('application/pdf')
            .header('content-disposition', `inline; filename="${file.filename}"`)
            .header('cache-control', 'private, no-store')
            .send(file.content);
        },
      );
    }

    app.get(
      '/api/bookings/:id/credit-notes/:documentId',
      {
        onRequest: requireUser,
        schema: {
          tags: ['bookings'],
          operationId: 'getCreditNoteOfRefund',
          summary: 'One credit note of a booking, as its refunds list them (PDF)',
          params: Type.Object({ id: Id, documentId: Id }),
          response: { 200: Pdf, ...problems(401, 404) },
        },
      },
      async (request, reply) => {
        const file = await customerCreditNote(ctx.db, currentUser(request).id, request.params.id, request.params.documentId);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${file.filename}"`)
          .header('cache-control', 'private, no-store')
          .send(file.content);
      },
    );

    app.get(
      '/api/admin/tax-documents.csv',
      {
        config: { access: { role: 'admin' } },
        schema: {
          tags: ['admin'],
          operationId: 'taxDocumentsCsv',
          summary: "A month's tax invoices and credit notes as CSV (month in India's time zone), for the accountant",
          querystring: Type.Object({ month: Type.String({ maxLength: 7, description: 'YYYY-MM' }) }, { additionalProperties: false }),
          response: {
            200: { description: 'one row per document', content: { 'text/csv': { schema: Type.String() } } },
            ...problems(400, 401, 403),
          },
        },
      },
      async (request, reply) =>
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="tax-documents-${request.query.month}.csv"`)
          .send(await taxDocumentsCsv(ctx.db, request.query.month)),
    );
  };
}
