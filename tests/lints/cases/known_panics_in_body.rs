// unconditional_panic and arithmetic_overflow: values a full build can see are constant
fn main() {
    let readings = [3, 5, 8];
    let spike = readings[3];
    let level: u8 = 250;
    let boosted = level + 10;
    let divisor = 0;
    let share = 100 / divisor;
    println!("{} {} {}", spike, boosted, share);
}
