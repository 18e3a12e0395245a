// lifetimes: a reference returned by a helper outlives the vector it points into
fn get_ref(v: &Vec<i32>) -> &i32 { &v[0] }
fn main() {
    let r;
    {
        let v = vec![1];
        r = get_ref(&v);
    }
    println!("{}", r);
}
