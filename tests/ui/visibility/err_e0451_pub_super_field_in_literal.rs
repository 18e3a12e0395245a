// A struct literal needs every field visible: `pub(super)` fields are not, from the root.
mod geo {
    pub mod point {
        #[derive(Debug)]
        pub struct Point {
            pub x: i32,
            pub(super) y: i32,
        }
    }
    pub fn origin() -> point::Point {
        point::Point { x: 0, y: 0 }
    }
}

fn main() {
    println!("{:?}", geo::origin());
    let p = geo::point::Point { x: 1, y: 2 };
    println!("{:?}", p);
}
