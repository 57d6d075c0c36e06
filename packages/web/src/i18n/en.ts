import type { Messages } from './id.ts';
import { householdListEn } from './householdList.en.ts';
import { importWizardEn } from './importWizard.en.ts';
import { importsEn } from './imports.en.ts';
import { populationEn } from './population.en.ts';
import { populationEventsEn } from './populationEvents.en.ts';
import { populationHouseholdEn } from './populationHousehold.en.ts';
import { mapEn, villageGlanceEn } from './villageGlance.en.ts';
import { welfareEn } from './welfare.en.ts';
import { accountEn } from './account.en.ts';
import { usersEn } from './users.en.ts';
import { assistanceEn } from './assistance.en.ts';
import { lettersEn } from './letters.en.ts';
import { welfareFactsEn } from './welfareFacts.en.ts';
import { assistanceFilesEn } from './assistanceFiles.en.ts';
import { povertyMapEn } from './povertyMap.en.ts';
import { targetingEn } from './targeting.en.ts';
import { lettersAdminEn } from './lettersAdmin.en.ts';
import { myProposalsEn } from './myProposals.en.ts';
import { proposalsEn } from './proposals.en.ts';

// Typed against the Indonesian messages, so a missing or extra key fails type-checking.
export const en: Messages = {
  app: {
    name: 'Smart Kampung',
    subtitle: 'Digital village government for Banyuwangi Regency',
    loading: 'Loading…',
    skipToContent: 'Skip to main content',
    version: 'Version {{version}}',
    openSource: 'Open-source software',
  },
  demoBanner: 'Sample (synthetic) data — not real data',
  language: {
    label: 'Language',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  login: {
    title: 'Sign in to your account',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    modeLabel: 'Sign in as',
    staffMode: 'Staff',
    citizenMode: 'Citizen',
    nik: 'NIK (national ID number)',
    nikHint: '16 digits, as on your ID card or family card.',
    pin: 'PIN',
    pinHint: '6 digits.',
    help: 'Forgot your password or locked out? Contact your village operator or the regency administrator.',
    errors: {
      required: 'Fill in both fields.',
      invalid: 'Incorrect username or password.',
      invalidCitizen: 'Incorrect NIK or PIN.',
      nikFormat: 'The NIK must be 16 digits.',
      pinFormat: 'The PIN must be 6 digits.',
      throttled: 'Too many failed sign-in attempts. Try again in {{minutes}} minute(s).',
      throttledNoTime: 'Too many failed sign-in attempts. Wait a few minutes, then try again.',
      rateLimited: 'Too many sign-in attempts. Wait a moment, then try again.',
    },
  },
  header: {
    openMenu: 'Open menu',
    closeMenu: 'Close menu',
    logout: 'Sign out',
    changePassword: 'Change password',
    account: 'Account',
  },
  nav: {
    label: 'Main navigation',
    dashboard: 'Dashboard',
    myFamily: 'My Family',
    population: 'Population',
    letters: 'Letter Services',
    letterDelegations: 'Letter delegations',
    socialAid: 'Social Assistance',
    proposals: 'Proposals & disputes',
    villageBudget: 'Village Budget',
    monitoring: 'Monitoring',
    users: 'Users',
  },
  roles: {
    regency_admin: 'Regency administrator',
    agency_staff: 'Agency staff',
    district_staff: 'District staff',
    village_head: 'Village head',
    village_operator: 'Village operator',
    social_worker: 'Social worker',
    citizen: 'Citizen',
  },
  agencies: {
    social_affairs: 'Social Affairs Agency',
    village_development: 'Community and Village Empowerment Agency',
    planning: 'Regional Planning Agency',
    inspectorate: 'Inspectorate',
  },
  levels: {
    province: 'Province',
    regency: 'Regency',
    district: 'District',
    village: 'Village',
  },
  kinds: {
    desa: 'Desa',
    kelurahan: 'Kelurahan',
  },
  regionPicker: {
    label: 'Area',
    district: 'District',
    village: 'Village',
    allDistricts: 'All',
    allVillages: 'All',
    loadFailed: 'Could not load the list of areas.',
  },
  dashboard: {
    greetingMorning: 'Good morning, {{name}}',
    greetingAfternoon: 'Good afternoon, {{name}}',
    greetingEvening: 'Good evening, {{name}}',
    greetingNight: 'Good evening, {{name}}',
    yourArea: 'Your area of work',
    yourVillage: 'Your village',
    selectedRegion: 'Selected area',
    breadcrumb: 'Location of the area',
    areaLevel: 'Area level',
    regionCode: 'Area code',
    districtCount: 'Districts',
    villageCount: 'Villages (total)',
    desaCount: 'Desa',
    kelurahanCount: 'Kelurahan',
    districtsIn: 'Districts in {{name}}',
    villagesIn: 'Villages in {{name}}',
    childVillages: 'villages',
    openRegion: 'Open {{name}}',
    noChildren: 'This area has no sub-areas.',
    villageLevelNote:
      'This is village level. Population, letter services and social assistance data for this village will appear in their own modules.',
    loadFailed: 'Could not load area data.',
    retry: 'Try again',
  },
  underConstruction: {
    title: 'This module is under construction',
    body: 'The {{module}} module is not available yet. We are preparing it and will switch it on soon.',
    back: 'Back to Dashboard',
    backToMyFamily: 'Back to My Family',
  },
  forbidden: {
    title: 'Access not allowed',
    body: 'Your role does not have access to this page.',
  },
  notFound: {
    title: 'Page not found',
    body: 'The address you opened does not exist.',
  },
  common: {
    cancel: 'Cancel',
    close: 'Close',
  },
  forms: {
    required: 'required',
    choose: '— Choose —',
    saving: 'Saving…',
    notSaved: 'Nothing was saved yet.',
    checkFields: 'Check the {{n}} marked fields below.',
  },
  validation: {
    required: 'Required.',
    nikFormat: 'The NIK must be 16 digits.',
    kkFormat: 'The family card number must be 16 digits.',
    nikSerialZero: 'The serial number of the NIK (last 4 digits) cannot be 0000.',
    nikTemporary:
      'A number starting with 0 is a temporary number. Leave the NIK empty if it has not been issued: the registry gives a temporary number.',
    birthTimeFormat: 'The time of birth is written HH:MM, e.g. 07:45.',
    birthWeightRange: 'A birth weight is 200-9,000 grams.',
    birthLengthRange: 'A birth length is 15-80 cm.',
    birthOrderRange: 'The birth order is a number from 1 to 30.',
    nikDateInvalid:
      'The birth date inside the NIK (digits 7 to 12, DDMMYY) is not a real date. For women the day is increased by 40.',
    dateFormat: 'Not a valid date. Use the date picker.',
    dateFuture: 'The date cannot be after today.',
    reasonTooShort: 'Write the reason (at least 5 characters).',
    nameTooShort: 'The name needs at least 2 letters.',
    ageRange: 'The "from" age cannot be greater than the "to" age.',
    rtRwFormat: 'RT/RW is a number, e.g. 3 or 003.',
    originTooShort: 'Write the full address (at least 3 characters).',
    oneHead: 'Exactly one member must have the relationship KEPALA KELUARGA (head of family).',
    floorAreaRange: 'The floor area is a whole number from 1 to 999 m².',
    coordinatesBoth: 'Give latitude and longitude together, or leave both empty.',
    coordinateFormat: 'Write a decimal number, e.g. -8.219300.',
    coordinateRange: 'These coordinates are outside Indonesia.',
    coordinatesSwapped: 'Latitude and longitude swapped? Banyuwangi lies near latitude -8, longitude 114.',
    outsideVillage: 'The house is outside the village boundary. Check where the pin is.',
  },
  pagination: {
    label: 'Pages',
    previous: 'Previous',
    next: 'Next',
    range: '{{from}}–{{to}} of {{total}}',
    rangeMore: '{{from}}–{{to}} of more than {{total}}',
    page: 'page {{page}} of {{pages}}',
  },
  population: { ...populationEn, ...populationEventsEn, ...populationHouseholdEn, ...householdListEn },
  importWizard: importWizardEn,
  imports: importsEn,
  users: usersEn,
  myProposals: myProposalsEn,
  proposals: proposalsEn,
  letters: lettersEn,
  welfare: welfareEn,
  assistanceFiles: assistanceFilesEn,
  targeting: targetingEn,
  assistance: assistanceEn,
  lettersAdmin: lettersAdminEn,
  map: mapEn,
  villageGlance: villageGlanceEn,
  welfareFacts: welfareFactsEn,
  povertyMap: povertyMapEn,
  account: accountEn,
  errors: {
    network: 'Cannot reach the server. Check your internet connection, then try again.',
    unexpected: 'The server reported an error (code {{status}}). Please try again.',
  },
};
