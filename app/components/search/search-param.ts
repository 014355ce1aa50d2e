export const SEARCH_PARAM = 'q';
