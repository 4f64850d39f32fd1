import { removeArticle } from "../corpus/remove-article.ts";
import { withDatabase } from "./with-database.ts";

export async function removeCommand(articleId: string): Promise<number> {
  return withDatabase(async ({ driver, database }) => {
    const summary = await removeArticle(driver, database, articleId);
    console.log(
      `Removed ${articleId}: ${summary.relations} relation(s), ${summary.actorsRemoved.length} actor(s) no other article mentions${summary.actorsRemoved.length ? ` (${summary.actorsRemoved.join(", ")})` : ""}.`,
    );
    return 0;
  });
}
