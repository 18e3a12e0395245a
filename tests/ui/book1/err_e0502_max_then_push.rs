// borrowing: the reference returned by iter().max() is used after a push in the same if let
fn main() {
    let mut readings = vec![12, 40, 7];
    if let Some(peak) = readings.iter().max() {
        readings.push(0);
        println!("peak was {peak}");
    }
    println!("{:?}", readings);
}
