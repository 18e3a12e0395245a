// variables: calling a &mut self method on a binding declared without mut
fn main() {
    let readings = Vec::new();
    for i in 0..3 {
        println!("reading {i}");
    }
    readings.push(42);
    println!("{:?}", readings);
}
