// regions: the `&mut` item from `iter_mut().max()` keeps the Vec mutably borrowed across a push
fn main() {
    let mut readings = vec![21, 36, 7];
    let top = readings.iter_mut().max().unwrap();
    readings.push(1);
    *top = 0;
    println!("{:?}", readings);
}
