import { Studio } from "@/components/studio";

export default function Home() {
  return <Studio />;
}
