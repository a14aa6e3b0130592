import { registerEnumType } from 'type-graphql';

export enum ExportKind {
  COMPLIANCE_REPORT = 'COMPLIANCE_REPORT',
  AUDIT_CHECK = 'AUDIT_CHECK',
  AUDIT_TRAIL = 'AUDIT_TRAIL',
  CONTACT_ACCESS_LOG = 'CONTACT_ACCESS_LOG',
}

registerEnumType(ExportKind, {
  name: 'ExportKind',
  description: 'What an auditor exports.',
  valuesConfig: {
    COMPLIANCE_REPORT: { description: "The compliance report of a period: agents' sheets, reps' follow-ups, dropped customers." },
    AUDIT_CHECK: { description: 'One audit check: its period, status and sign-off, its findings, and the report it was made on.' },
    AUDIT_TRAIL: { description: 'The audit trail of a period: every change, one row per field.' },
    CONTACT_ACCESS_LOG: { description: 'The privacy access log of a period: every use of a clear contact detail.' },
  },
});

export enum ExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'The file an export is.',
  valuesConfig: {
    CSV: { description: 'UTF-8 CSV with a byte-order mark (spreadsheets read the Chinese); several tables one after the other, each under its title.' },
    XLSX: { description: 'An Excel workbook, one worksheet a table.' },
  },
});

export enum ExportLanguage {
  ZH_CN = 'ZH_CN',
  EN = 'EN',
}

registerEnumType(ExportLanguage, {
  name: 'ExportLanguage',
  description: "The language of an export's column titles.",
  valuesConfig: { ZH_CN: { description: 'Chinese (the default).' }, EN: { description: 'English.' } },
});
