"use client";

import { createContext, useContext } from "react";
import { type Capabilities, defaultCapabilities } from "@/lib/generations/capabilities";

const CapabilitiesContext = createContext<Capabilities>(defaultCapabilities);

/** The server's model limits (MAX_IMAGES, PROMPT_LIMIT, …, from its environment), for every control that checks a draft. */
export function CapabilitiesProvider({ value, children }: { value: Capabilities; children: React.ReactNode }) {
  return <CapabilitiesContext.Provider value={value}>{children}</CapabilitiesContext.Provider>;
}

export function useCapabilities(): Capabilities {
  return useContext(CapabilitiesContext);
}
