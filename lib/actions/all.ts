// Loads every action definition, so the registry (and the access test) sees all of them.
import "./users";
import "./content";
import "./presence";
import "./schedule";
import "./trash";
import "./review";
import "./bulk";
import "./order";
import "./media";
import "./exchange";
import "./two-factor";
