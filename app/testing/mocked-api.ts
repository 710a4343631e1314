// The mocked API as app tests use it: app/ tests reach mocks/ only through app/testing/ (docs/architecture.md).
export { server } from '~mocks/node'
export { stored } from '~mocks/testing/stored'
export { ADMIN, CHAIR, DIRECTOR, MEMBER, loadDemoData, TEST_TODAY } from '~mocks/testing/api'
