import { createHash } from 'node:crypto';
import { BadInputError } from '../../errors';
import { encrypt } from './content-cipher';

export interface DocumentInput {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** Decodes, checks the size of and encrypts each document; names the field of a bad one. */
export function sealDocuments(
  documents: readonly DocumentInput[],
  key: Buffer,
  maxBytes: number,
): Array<{
  fileName: string;
  mediaType: string;
  byteSize: number;
  sha256: string;
  cipher: Buffer;
}> {
  return documents.map((document, index) => {
    const field = `documents[${index}].contentBase64`;
    if (!BASE64.test(document.contentBase64)) throw new BadInputError(field, 'is not base64');
    const plain = Buffer.from(document.contentBase64, 'base64');
    if (plain.length === 0) throw new BadInputError(field, 'is empty');
    if (plain.length > maxBytes) {
      throw new BadInputError(field, `is ${plain.length} bytes; at most ${maxBytes} are accepted`);
    }
    return {
      fileName: document.fileName,
      mediaType: document.mediaType,
      byteSize: plain.length,
      sha256: sha256(plain),
      cipher: encrypt(key, plain),
    };
  });
}
