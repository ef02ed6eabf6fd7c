// One import for the pages: the map functions and their types (each lives in its own module).
export { type LocatorMap, type LocatorOptions, type ProvinceLocator, type ProvinceLocatorOptions, locatorMap, provinceLocator } from './locator.ts';
export { type NationalMap, type NationalOptions, type NationalPlan, nationalMap } from './national.ts';
export { type NetworkNode, type NetworkOptions, type NetworkOutput, serviceNetwork } from './network.ts';
export { MAP_CREDIT, type MapLabels } from './svg.ts';
