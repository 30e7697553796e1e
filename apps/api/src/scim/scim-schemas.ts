import { SCIM_ENTERPRISE_SCHEMA, SCIM_USER_SCHEMA } from '@klussenbank/domain';

/** The discovery documents of RFC 7644 §4: what this service provider supports, and the User it keeps. */
export const MAX_RESULTS = 200;
const SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';
const RESOURCE_TYPE = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
const CONFIG = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';

export function serviceProviderConfig(base: string) {
  return {
    schemas: [CONFIG],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_RESULTS },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer token',
        description: 'A SCIM token of the organisation, created on its settings page in Klussenbank.',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` },
  };
}

export function userResourceType(base: string) {
  return {
    schemas: [RESOURCE_TYPE],
    id: 'User',
    name: 'User',
    endpoint: '/Users',
    description: 'A person of the organisation',
    schema: SCIM_USER_SCHEMA,
    schemaExtensions: [{ schema: SCIM_ENTERPRISE_SCHEMA, required: false }],
    meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/User` },
  };
}

export type Attribute = {
  name: string;
  type: 'string' | 'boolean' | 'complex' | 'reference';
  multiValued?: boolean;
  required?: boolean;
  caseExact?: boolean;
  mutability?: 'readOnly' | 'readWrite' | 'immutable';
  uniqueness?: 'none' | 'server';
  description: string;
  subAttributes?: Attribute[];
  referenceTypes?: string[];
};

export type SchemaAttribute = Omit<Attribute, 'subAttributes'> & {
  returned: string;
  subAttributes?: SchemaAttribute[];
};

const attribute = ({ subAttributes, ...a }: Attribute): SchemaAttribute => ({
  multiValued: false,
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  ...a,
  ...(subAttributes ? { subAttributes: subAttributes.map(attribute) } : {}),
});

const USER_ATTRIBUTES: Attribute[] = [
  {
    name: 'userName',
    type: 'string',
    required: true,
    uniqueness: 'server',
    description: 'The work e-mail address; the person signs in with it.',
  },
  { name: 'displayName', type: 'string', description: 'The name shown in Klussenbank.' },
  {
    name: 'name',
    type: 'complex',
    description: 'Used for the display name when displayName is absent.',
    subAttributes: [
      { name: 'formatted', type: 'string', description: 'The full name.' },
      { name: 'givenName', type: 'string', description: 'Given name.' },
      { name: 'familyName', type: 'string', description: 'Family name.' },
    ],
  },
  { name: 'title', type: 'string', description: 'Job title.' },
  { name: 'active', type: 'boolean', description: 'false switches the account off (see docs/scim.md).' },
  {
    name: 'emails',
    type: 'complex',
    multiValued: true,
    description: 'The work address is the e-mail address when userName is none.',
    subAttributes: [
      { name: 'value', type: 'string', description: 'The address.' },
      { name: 'type', type: 'string', description: 'work' },
      { name: 'primary', type: 'boolean', description: 'The primary address.' },
    ],
  },
];

export function schemas(base: string) {
  return [
    {
      schemas: [SCHEMA],
      id: SCIM_USER_SCHEMA,
      name: 'User',
      description: 'A person of the organisation',
      attributes: USER_ATTRIBUTES.map(attribute),
      meta: { resourceType: 'Schema', location: `${base}/Schemas/${SCIM_USER_SCHEMA}` },
    },
    {
      schemas: [SCHEMA],
      id: SCIM_ENTERPRISE_SCHEMA,
      name: 'EnterpriseUser',
      description: 'The enterprise extension: the manager becomes the line manager',
      attributes: [
        attribute({
          name: 'manager',
          type: 'complex',
          description: "The line manager: the manager's SCIM id, or their externalId.",
          subAttributes: [
            { name: 'value', type: 'string', description: "The manager's id." },
            { name: '$ref', type: 'reference', referenceTypes: ['User'], description: 'The manager.' },
          ],
        }),
      ],
      meta: { resourceType: 'Schema', location: `${base}/Schemas/${SCIM_ENTERPRISE_SCHEMA}` },
    },
  ];
}
