export { expireCertificatesWorkflow } from "./expire-certificates"
export { importCertificateWorkflow } from "./import-certificate"
export { reviewCertificateWorkflow } from "./review-certificate"
export { submitCertificateWorkflow } from "./submit-certificate"
