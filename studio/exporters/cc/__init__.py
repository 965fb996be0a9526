"""IMS Common Cartridge 1.1, 1.2 and 1.3: manifest, resources and the cartridge writer."""
