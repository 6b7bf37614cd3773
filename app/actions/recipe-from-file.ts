"use server";

import { accountOf } from "@/lib/actions/access";
import { defineAction } from "@/lib/actions/define-action";
import { appContext } from "@/lib/app-context";
import { fileRecipeSchema } from "@/lib/recipe-file/file-recipe-schema";
import { restoreFileRecipe } from "@/lib/recipe-file/restore-file-recipe";

/** A recipe read from a dropped MP4: its images looked up in the caller's own library by content hash. */
export const recipeFromFile = defineAction({
  name: "recipe-from-file",
  input: fileRecipeSchema,
  run: (file, { caller }) => restoreFileRecipe(appContext(), file, accountOf(caller).id),
});
