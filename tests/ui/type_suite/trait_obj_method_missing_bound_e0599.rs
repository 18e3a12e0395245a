trait Area { fn area(&self) -> f64; }
fn main() {
    let v: Vec<Box<dyn Area>> = Vec::new();
    let c = v.clone();
}
