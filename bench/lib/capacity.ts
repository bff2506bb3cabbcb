import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { TABLE } from '../../shared/data/table.ts';

/**
 * Write capacity units a request costs in DynamoDB on-demand, from the request itself and the published rules:
 * 1 WRU per started KB of item, twice that inside a transaction, and the same again for every GSI the item
 * appears in (the indexes project ALL, shared/data/table.ts). DynamoDB Local's own ConsumedCapacity is right
 * for plain reads and writes but not for transactions (it reports 2 units for a 3-item transaction), so writes
 * are computed here instead. Updates are taken as one item of at most 1 KB; a ConditionCheck costs reads.
 */
export function capacityOfWrite(command: string, input: Record<string, unknown>): { writeUnits: number; readUnits: number } {
  switch (command) {
    case 'PutItemCommand':
      return { writeUnits: putUnits(input.Item as Item), readUnits: 0 };
    case 'UpdateItemCommand':
    case 'DeleteItemCommand':
      return { writeUnits: 1, readUnits: 0 };
    case 'BatchWriteItemCommand': {
      const requests = Object.values((input.RequestItems ?? {}) as Record<string, { PutRequest?: { Item: Item }; DeleteRequest?: unknown }[]>).flat();
      return { writeUnits: requests.reduce((sum, r) => sum + (r.PutRequest ? putUnits(r.PutRequest.Item) : 1), 0), readUnits: 0 };
    }
    case 'TransactWriteItemsCommand': {
      let writeUnits = 0;
      let readUnits = 0;
      for (const action of (input.TransactItems ?? []) as { Put?: { Item: Item }; Update?: unknown; Delete?: unknown; ConditionCheck?: unknown }[]) {
        if (action.Put) writeUnits += 2 * putUnits(action.Put.Item);
        else if (action.Update || action.Delete) writeUnits += 2;
        else if (action.ConditionCheck) readUnits += 2;
      }
      return { writeUnits, readUnits };
    }
    default:
      return { writeUnits: 0, readUnits: 0 };
  }
}

type Item = Record<string, AttributeValue>;

function putUnits(item: Item): number {
  const units = Math.ceil(itemBytes(item) / 1024) || 1;
  const indexes = TABLE.indexes.filter((index) => item[index.partitionKey] !== undefined && item[index.sortKey] !== undefined).length;
  return units * (1 + indexes);
}

/** DynamoDB's item size: attribute names plus values (strings and binaries by length, numbers about half their digits). */
export function itemBytes(item: Item): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + valueBytes(value), 0);
}

function valueBytes(value: AttributeValue): number {
  if (value.S !== undefined) return Buffer.byteLength(value.S);
  if (value.N !== undefined) return Math.ceil(value.N.replace(/^-|\.|e.*$/gi, '').length / 2) + 1;
  if (value.B !== undefined) return value.B.length;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.L !== undefined) return 3 + value.L.reduce((sum, v) => sum + 1 + valueBytes(v), 0);
  if (value.M !== undefined) return 3 + Object.entries(value.M).reduce((sum, [k, v]) => sum + 1 + Buffer.byteLength(k) + valueBytes(v), 0);
  if (value.SS !== undefined) return value.SS.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, n) => sum + Math.ceil(n.length / 2) + 1, 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, b) => sum + b.length, 0);
  return 0;
}
