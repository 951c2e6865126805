"""dkg: a knowledge graph of actors, forums and legal instruments from diplomatic texts."""
__version__ = "0.1.0"
