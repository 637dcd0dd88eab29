/** Queries of the editing mutations (the rest of their work reuses the importer's upserts). */
export const EDIT_QUERIES = [
  'edit-ids-exist',
  'edit-get-region',
  'edit-get-cluster',
  'edit-get-organization',
  'edit-get-alliance',
  'edit-delete-region',
  'edit-delete-cluster',
  'edit-delete-organization',
  'edit-delete-alliance',
  'edit-delete-membership',
  'edit-delete-alliance-member',
  'edit-delete-rel-supplies',
  'edit-delete-rel-collaborates',
  'edit-delete-rel-invests',
  'edit-delete-rel-supports',
] as const;
