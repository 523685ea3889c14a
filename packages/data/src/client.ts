import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb'
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { tableDefinition } from './table'

/** What every repository needs: the document client and the table's name. */
export interface DataConfig {
  doc: DynamoDBDocumentClient
  tableName: string
}

/**
 * The data configuration from a low-level client (the local platform passes one wired to dynalite;
 * on Lambda it is built from the environment).
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

/**
 * The data configuration on Lambda: table from `TABLE_NAME`, region and credentials from the environment.
 *
 * @example
 * const data = dataConfigFromEnv()
 */
export function dataConfigFromEnv(env: NodeJS.ProcessEnv = process.env, config: DynamoDBClientConfig = {}): DataConfig {
  const tableName = env.TABLE_NAME
  if (!tableName) throw new Error('TABLE_NAME is not set')
  return dataConfig(new DynamoDBClient(config), tableName)
}
