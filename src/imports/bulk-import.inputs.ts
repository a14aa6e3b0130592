import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Platform } from '../customers/platform';
import { BulkImportFormat, FileEncoding } from './bulk-import.enums';

@InputType({ description: 'Which upload to import, and how to read it.' })
export class BulkImportStartInput {
  @Field(() => ID, { description: 'The `uploadId` that `POST /uploads` answered.' })
  @IsUUID('all', { message: 'uploadId is not an upload id.' })
  uploadId: string;

  @Field(() => BulkImportFormat, { description: 'What the file is.' })
  @IsIn(Object.values(BulkImportFormat))
  format: BulkImportFormat;

  @Field(() => FileEncoding, { defaultValue: FileEncoding.AUTO, description: 'Its text encoding (default AUTO: UTF-8 or GB18030, found from the bytes).' })
  @IsIn(Object.values(FileEncoding))
  encoding: FileEncoding = FileEncoding.AUTO;

  @Field(() => Platform, { nullable: true, description: 'The platform of the buyers in a report (default TAOBAO; TMALL for a Tmall shop\'s report). JSONL rows name their own.' })
  @IsOptional()
  @IsIn(Object.values(Platform))
  platform?: Platform | null;
}
