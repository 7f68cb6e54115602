/**
 * A total's label in Vietnamese and Indonesian, whose glossed English may mislead: a Vietnamese VAT
 * invoice heads its total "Tổng cộng thanh toán / Total payment" (the sum to pay, not payments
 * received), and Indonesian ones "Total tagihan" or "Jumlah yang harus dibayar" (the amount billed, to
 * be paid). Read before the gloss, as the first label on a line wins (see `chooseAmountLabel`).
 */
export const ASIAN_TOTAL_LABELS = [
  'tổng\\s+cộng(?:\\s+tiền)?(?:\\s+thanh\\s+toán)?', 'tổng\\s+(?:số\\s+)?tiền\\s+thanh\\s+toán',
  'total\\s+tagihan', 'jumlah\\s+tagihan', 'jumlah\\s+yang\\s+harus\\s+dibayar',
];
