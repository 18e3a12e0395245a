// difftest (regression seen in programs/iterator_pipeline.rs at 13:10): iter().map() over an array of string literals
fn main() {
    let labels = ["jan", "feb"];
    let n: usize = labels.iter().map(|l| l.len()).sum();
    println!("{}", n);
}
