import type { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { tableDefinition } from './table'

/** What every repository needs: the document client and the table's name. */
export interface DataConfig {
  doc: DynamoDBDocumentClient
  tableName: string
}

/**
 * The data configuration from a low-level client (the local platform passes ones wired to dynalite; on Lambda,
 * `lambdaDataAccess` builds them with each role's credentials).
 *
 * @example
 * const data = dataConfig(new DynamoDBClient({}), process.env.TABLE_NAME)
 */
export function dataConfig(client: DynamoDBClient, tableName: string = tableDefinition.defaultTableName): DataConfig {
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  })
  return { doc, tableName }
}
