// difftest (from programs/priority_queue_sim.rs): a closure with a tuple pattern parameter returns a borrow of its field
fn main() {
    let jobs = vec![(String::from("a"), 1), (String::from("b"), 2)];
    let names: Vec<&str> = jobs.iter().map(|(n, _)| n.as_str()).collect();
    println!("{:?}", names);
}
