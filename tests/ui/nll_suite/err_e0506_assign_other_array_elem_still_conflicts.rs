// array elements by constant index are not disjoint for borrowck in assignment? they are: this tests a[0] vs a[1]
fn main() {
    let mut a = [1, 2, 3];
    let i = 0;
    let r = &a[i];
    a[2] = 5;
    println!("{} {:?}", r, a);
}
