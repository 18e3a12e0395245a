// A private module (type namespace only) re-exported with `pub use`: E0365.
mod outer {
    mod inner {
        pub fn value() -> u8 {
            42
        }
    }
    pub use self::inner as public_inner;
    pub fn get() -> u8 {
        public_inner::value()
    }
}

fn main() {
    println!("{}", outer::get());
}
