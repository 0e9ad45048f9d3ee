// The wire shapes of billing settings.
import { Type, type Static } from 'typebox';

const Paise = Type.Integer({ minimum: 0, maximum: 100_000_000, description: 'integer paise' });
const Percent = Type.Number({ minimum: 0, maximum: 100, description: 'percent, to two decimals' });

export const BillingSettingsBody = Type.Object(
  {
    legalName: Type.String({ minLength: 1, maxLength: 200, description: 'the supplier on tax invoices' }),
    gstin: Type.String({ minLength: 15, maxLength: 15, description: '15-character GSTIN; its check character is verified' }),
    pricesIncludeTax: Type.Boolean({ description: 'true: show prices include GST; false: GST is added to them' }),
    convenienceFee: Type.Object(
      {
        perTicket: Type.Optional(Paise),
        percent: Type.Optional({ ...Percent, description: "percent of the tickets' price" }),
        maxPerBooking: Type.Optional(Paise),
      },
      { additionalProperties: false, description: 'online sales only, before GST (18%)' },
    ),
    refundPolicy: Type.Object(
      {
        tiers: Type.Array(
          Type.Object({ hoursBefore: Type.Integer({ minimum: 0, maximum: 8760 }), percent: Percent }, { additionalProperties: false }),
          { minItems: 1, maxItems: 20 },
        ),
        feesRefundable: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export type BillingSettingsValue = Static<typeof BillingSettingsBody>;

export const BillingSettingsView = Type.Object({
  cinemaId: Type.String(),
  legalName: Type.Union([Type.String(), Type.Null()]),
  gstin: Type.Union([Type.String(), Type.Null()]),
  pricesIncludeTax: Type.Boolean(),
  convenienceFee: BillingSettingsBody.properties.convenienceFee,
  refundPolicy: BillingSettingsBody.properties.refundPolicy,
  placeOfSupply: Type.String({ description: "the cinema's state: the place of supply for admission" }),
});
