// Our Redocly plugin: the house rules of the Invitations spec, one rule per file.
import OperationIdConvention from "./operation-id-convention.js";
import OperationContract from "./operation-contract.js";
import JsonExamplesPresent from "./json-examples-present.js";
import PaginationExtension from "./pagination-extension.js";

export default function invitationsPlugin() {
  return {
    id: "invitations",
    rules: {
      oas3: {
        "operation-id-convention": OperationIdConvention,
        "operation-contract": OperationContract,
        "json-examples-present": JsonExamplesPresent,
        "pagination-extension": PaginationExtension,
      },
    },
  };
}
