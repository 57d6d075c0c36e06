// The life-event forms' Indonesian words, merged into `population` when their pages load (../moduleMessages.ts).
import { addIndonesianMessages } from '../moduleMessages.ts';
import { populationEventsId } from '../populationEvents.id.ts';

addIndonesianMessages({ population: populationEventsId });
