import type { FeatureCase } from "../support/feature-case.js";
import { additionalProperties } from "./additional-properties.js";
import { allOf } from "./all-of.js";
import { arraysOfArrays } from "./arrays-of-arrays.js";
import { binaryBodies } from "./binary-bodies.js";
import { cookieAndHeaderParameters } from "./cookie-and-header-parameters.js";
import { defaultResponses } from "./default-responses.js";
import { deprecatedOperations } from "./deprecated-operations.js";
import { enums } from "./enums.js";
import { formUrlencoded } from "./form-urlencoded.js";
import { freeFormObjects } from "./free-form-objects.js";
import { multipartFormData } from "./multipart-form-data.js";
import { nonJsonResponses } from "./non-json-responses.js";
import { nullableOpenapi30 } from "./nullable-openapi-3-0.js";
import { oneOfAnyOf } from "./one-of-any-of.js";
import { perOperationServers } from "./per-operation-servers.js";
import { queryStyles } from "./query-styles.js";
import { recursiveSchemas } from "./recursive-schemas.js";
import { severalSuccessCodes } from "./several-success-codes.js";
import { typeArraysOpenapi31 } from "./type-arrays-openapi-3-1.js";

/** Every feature fixture under test/fixtures/features/, each with what proves it (one module per feature). */
export const FEATURE_CASES: readonly FeatureCase[] = [
  // Schemas (the model and the types of every flavor)
  allOf,
  oneOfAnyOf,
  nullableOpenapi30,
  typeArraysOpenapi31,
  enums,
  additionalProperties,
  recursiveSchemas,
  freeFormObjects,
  arraysOfArrays,
  // Requests and responses (the sdk at run time)
  binaryBodies,
  multipartFormData,
  formUrlencoded,
  queryStyles,
  cookieAndHeaderParameters,
  severalSuccessCodes,
  defaultResponses,
  nonJsonResponses,
  deprecatedOperations,
  perOperationServers,
];
