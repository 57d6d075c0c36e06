// The regency at a glance: every village side by side (table and map) on the district and regency home and
// statistics pages; `map` serves the shared choropleth (ui/map).
export const mapEn = {
  loading: 'Loading map…',
  failed: 'The map cannot be shown on this device. The table below holds the same figures.',
  attribution: 'Boundaries: cahyadsn/wilayah_boundaries (MIT), based on BIG data',
  pointAtVillage: 'Point at or tap a village on the map to see its figure.',
  noData: 'No data yet',
  openVillage: 'Open this village',
};

export const villageGlanceEn = {
  title: 'Villages side by side',
  intro:
    "Each village's figures from the population registry, updated whenever the village's data changes. Coloured columns show data still to be completed.",
  loadFailed: 'The village figures could not be loaded.',
  empty: 'There are no villages in this area.',
  noDataYet: '{{n}} of {{total}} villages have no population data yet.',
  allHaveData: 'All {{total}} villages have population data.',
  mapTitle: 'Map',
  mapMetric: 'Colour the map by',
  sortBy: 'Sort by',
  sortAscending: 'ascending',
  sortDescending: 'descending',
  tableCaption:
    'Villages with their residents, family cards, households, data still to complete and last change. Click a column heading to sort.',
  columns: {
    name: 'Village',
    district: 'District',
    residents: 'Residents',
    families: 'Family cards',
    households: 'Households',
    flagged: 'To verify',
    householdsUnpinned: 'No map pin',
    householdsHousingIncomplete: 'Housing incomplete',
    changedAt: 'Last change',
  },
  metrics: {
    residents: 'Residents',
    families: 'Family cards',
    households: 'Households',
    flagged: 'Residents to verify (% of residents)',
    householdsUnpinned: 'Households without a map pin (% of households)',
    householdsHousingIncomplete: 'Households with housing facts incomplete (% of households)',
  },
  never: 'Never',
  total: 'Total',
  kelurahan: 'kelurahan',
  openList: 'Open the list',
};
