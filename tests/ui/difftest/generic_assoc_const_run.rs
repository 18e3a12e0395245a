// difftest (from programs/traits_generic_report.rs): an associated const read through a type parameter at run time
trait Metric {
    const UNIT: &'static str;
    fn value(&self) -> f64;
}

struct Latency(f64);

impl Metric for Latency {
    const UNIT: &'static str = "ms";
    fn value(&self) -> f64 {
        self.0
    }
}

fn show<M: Metric>(m: &M) -> String {
    format!("{:.1} {}", m.value(), M::UNIT)
}

fn main() {
    println!("{}", show(&Latency(12.5)));
}
